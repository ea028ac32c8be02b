import { listItems } from '@/lib/rules/terms-shape';

type Section = { id: string; heading: string; body: string; format?: 'PARAGRAPHS' | 'NUMBERED_LIST' };

/**
 * The sections of a version as they read: headings, then paragraphs (line breaks inside
 * a paragraph kept) or a numbered list, a real <ol> so it is announced as one. A section
 * with no text yet shows nothing under its heading: the document is what the board has.
 */
export function SectionsView({ sections, headingLevel = 2 }: { sections: Section[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="max-w-3xl">
      {sections.map((s) => (
        <section key={s.id} aria-labelledby={`section-${s.id}`} className="mb-8 break-inside-avoid-page">
          <Heading id={`section-${s.id}`}>{s.heading}</Heading>
          {s.format === 'NUMBERED_LIST' ? (
            <ol className="mb-4 list-decimal space-y-2 pl-8">
              {listItems(s.body).map((item, i) => (
                <li key={i}>{item}</li>
              ))}
            </ol>
          ) : (
            s.body
              .split(/\n{2,}/)
              .filter((paragraph) => paragraph.trim() !== '')
              .map((paragraph, i) => (
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
