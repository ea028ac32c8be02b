/** A generated file for download: a person's own view of council data, so never cached. */
export function downloadResponse(body: Buffer, contentType: string, fileName: string, disposition: 'inline' | 'attachment' = 'attachment') {
  return new Response(new Uint8Array(body), {
    headers: {
      'Content-Type': contentType,
      'Content-Disposition': `${disposition}; filename="${fileName.replace(/[^A-Za-z0-9._-]/g, '-')}"`,
      'Content-Length': String(body.length),
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
