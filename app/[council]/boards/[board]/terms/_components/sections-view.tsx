/**
 * The sections of a version as they read: headings and paragraphs. Line breaks inside a
 * paragraph are kept (numbered lists in the source papers are typed one per line).
 */
export function SectionsView({ sections, headingLevel = 2 }: { sections: { id: string; heading: string; body: string }[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="max-w-3xl">
      {sections.map((s) => (
        <section key={s.id} aria-labelledby={`section-${s.id}`} className="mb-8 break-inside-avoid-page">
          <Heading id={`section-${s.id}`}>{s.heading}</Heading>
          {s.body.trim() === '' ? (
            <p className="text-secondary">No text yet.</p>
          ) : (
            s.body.split(/\n{2,}/).map((paragraph, i) => (
              <p key={i} className="mb-4 whitespace-pre-line">
                {paragraph}
              </p>
            ))
          )}
        </section>
      ))}
    </div>
  );
}
