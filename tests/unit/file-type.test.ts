import { describe, expect, it } from 'vitest';
import { detectFileType, HEAD_BYTES, TAIL_BYTES, zipEntryNames } from '../../lib/rules/file-type';
import { makeZip, minimalDocx, officeShell } from './office-zip';

const verdict = (bytes: Uint8Array) =>
  detectFileType({ head: bytes.subarray(0, HEAD_BYTES), tail: bytes.subarray(Math.max(0, bytes.length - TAIL_BYTES)), size: bytes.length });
const ascii = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));

describe('the type of a paper, from its content', () => {
  it('knows a PDF by its first bytes', () => {
    expect(verdict(ascii('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n%%EOF\n'))).toEqual({ ok: true, kind: 'pdf' });
  });

  it('tells Word, Excel and PowerPoint apart by the folders inside the ZIP', () => {
    expect(verdict(minimalDocx())).toEqual({ ok: true, kind: 'docx' });
    expect(verdict(officeShell('xl'))).toEqual({ ok: true, kind: 'xlsx' });
    expect(verdict(officeShell('ppt'))).toEqual({ ok: true, kind: 'pptx' });
  });

  it('reads the directory past a ZIP comment', () => {
    const bytes = makeZip(
      [
        { name: '[Content_Types].xml', data: '<Types/>' },
        { name: 'word/document.xml', data: '<w/>' },
      ],
      'made by a test'.repeat(100),
    );
    expect(verdict(bytes)).toEqual({ ok: true, kind: 'docx' });
  });

  it('refuses an executable renamed .pdf, whatever its name says', () => {
    const exe = new Uint8Array(4096);
    exe.set(ascii('MZ\x90\x00\x03\x00\x00\x00'));
    exe.set(ascii('This program cannot be run in DOS mode. %PDF-1.4'), 78);
    const result = verdict(exe);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/program, not a document/);
    expect(verdict(ascii('\x7fELF\x02\x01\x01')).ok).toBe(false);
    expect(verdict(ascii('#!/bin/sh\nrm -rf /\n')).ok).toBe(false);
  });

  it('needs %PDF- at the very start: one further in is a polyglot, not a PDF', () => {
    expect(verdict(ascii(' %PDF-1.7\n')).ok).toBe(false);
    expect(verdict(ascii('<html>%PDF-1.7</html>')).ok).toBe(false);
  });

  it('refuses a ZIP that is not an Office document, and one with macros', () => {
    const plainZip = makeZip([{ name: 'notes.txt', data: 'hello' }]);
    expect(verdict(plainZip)).toMatchObject({ ok: false, reason: expect.stringMatching(/ZIP archive, not a Word/) });
    // word/ without [Content_Types].xml is not an Office package
    expect(verdict(makeZip([{ name: 'word/document.xml', data: '<w/>' }])).ok).toBe(false);
    const macros = makeZip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'word/document.xml', data: '<w/>' },
      { name: 'word/vbaProject.bin', data: 'x' },
    ]);
    expect(verdict(macros)).toMatchObject({ ok: false, reason: expect.stringMatching(/macros/) });
  });

  it('refuses old Office files and password-protected ones, saying how to fix it', () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(verdict(ole)).toMatchObject({ ok: false, reason: expect.stringMatching(/older Office format .* password-protected/) });
  });

  it('refuses an empty file, plain text and a truncated ZIP', () => {
    expect(verdict(new Uint8Array())).toEqual({ ok: false, reason: 'The file is empty' });
    expect(verdict(ascii('just some text pretending to be a .docx')).ok).toBe(false);
    const docx = minimalDocx();
    const truncated = docx.subarray(0, docx.length - 10);
    expect(verdict(truncated)).toMatchObject({ ok: false, reason: expect.stringMatching(/could not be read/) });
  });

  it('finds the directory only when the tail kept holds it', () => {
    const docx = minimalDocx();
    expect(zipEntryNames(docx, docx.length)).toEqual(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']);
    // a tail that starts after the directory's start cannot be read
    expect(zipEntryNames(docx.subarray(docx.length - 40), docx.length)).toBeNull();
  });
});
