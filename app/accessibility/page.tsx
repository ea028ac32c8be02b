import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Accessibility statement' };

// The model accessibility statement for public sector websites (Public Sector Bodies
// (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018), filled in
// for Tabled. Review it whenever a known issue is fixed or found, and at least once a year.
const PREPARED_ON = '3 December 2026';
const REVIEWED_ON = '3 December 2026';

export default function AccessibilityPage() {
  return (
    <main id="main-content" className="py-10">
      <div className="max-w-3xl space-y-4">
        <h1>Accessibility statement for Tabled</h1>
        <p>
          This accessibility statement applies to Tabled, the service councils use to run their improvement boards: meetings, papers, minutes, action and risk
          logs, improvement plans and the pages boards publish for the public. The council that runs your board is responsible for its content.
        </p>
        <p>We want as many people as possible to be able to use this service. For example, that means you should be able to:</p>
        <ul className="list-disc space-y-1 pl-6">
          <li>change colours, contrast levels and fonts using browser or device settings</li>
          <li>zoom in up to 400% without the text spilling off the screen</li>
          <li>navigate most of the service using just a keyboard</li>
          <li>navigate most of the service using speech recognition software</li>
          <li>listen to most of the service using a screen reader (including the most recent versions of JAWS, NVDA and VoiceOver)</li>
        </ul>
        <p>We have also made the text as simple as possible to understand.</p>

        <h2>How accessible this service is</h2>
        <p>We know some parts of this service are not fully accessible:</p>
        <ul className="list-disc space-y-1 pl-6">
          <li>papers uploaded by boards (PDF, Word, Excel and PowerPoint files) are published as their authors made them and may not be accessible</li>
          <li>
            in an agenda pack, the cover and agenda are tagged for screen readers, but the papers inside it keep only the structure their authors gave them
          </li>
          <li>
            uploading a paper, the minutes editor’s saving as you type and the plan import preview need JavaScript; without it you can still save minutes with
            the Save button
          </li>
          <li>the risk heat map and the measures charts are pictures of data: the same figures are in tables beside them</li>
          <li>some wide tables (the action log, the risk log, audit entries) scroll sideways inside their own box on small screens and at high zoom</li>
        </ul>

        <h2>Feedback and contact information</h2>
        <p>
          If you need information from this service in a different format, like accessible PDF, large print, easy read, audio recording or braille, ask your
          board’s administrator. They will pass your request to the council’s accessibility lead, who will reply within 10 working days.
        </p>

        <h2>Reporting accessibility problems with this service</h2>
        <p>
          We’re always looking to improve the accessibility of this service. If you find any problems not listed on this page or think we’re not meeting
          accessibility requirements, tell your board’s administrator (their name is on your board’s membership page) or the council’s accessibility lead. Say
          which page you were on, what you were trying to do and what went wrong. We aim to reply within 10 working days.
        </p>

        <h2>Enforcement procedure</h2>
        <p>
          The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2)
          Accessibility Regulations 2018 (the ‘accessibility regulations’). If you’re not happy with how we respond to your complaint,{' '}
          <a href="https://www.equalityadvisoryservice.com/">contact the Equality Advisory and Support Service (EASS)</a>.
        </p>

        <h2>Technical information about this service’s accessibility</h2>
        <p>
          The councils using Tabled are committed to making their websites accessible, in accordance with the Public Sector Bodies (Websites and Mobile
          Applications) (No. 2) Accessibility Regulations 2018.
        </p>
        <h3>Compliance status</h3>
        <p>
          This service is partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard, due to the non-compliances listed below.
        </p>

        <h2>Non-accessible content</h2>
        <p>The content listed below is non-accessible for the following reasons.</p>
        <h3>Non-compliance with the accessibility regulations</h3>
        <ul className="list-disc space-y-1 pl-6">
          <li>
            Papers uploaded by boards may have no headings, no text alternatives for images or no reading order. This fails WCAG 2.2 success criteria 1.1.1
            (non-text content) and 1.3.1 (info and relationships). Boards are asked to upload accessible papers; we check new papers’ file types but not their
            content.
          </li>
          <li>
            Pages inside an agenda pack that come from uploaded papers keep their authors’ tagging, or none. This fails WCAG 2.2 success criterion 1.3.1 (info
            and relationships) for those pages.
          </li>
        </ul>
        <h3>Disproportionate burden</h3>
        <p>We are not claiming a disproportionate burden for any part of this service.</p>
        <h3>Content that’s not within the scope of the accessibility regulations</h3>
        <p>PDFs and other documents published before 23 September 2018 that are not needed to use the service are not within scope.</p>

        <h2>What we’re doing to improve accessibility</h2>
        <p>
          Every page of the service is checked automatically in a real browser on each change: for WCAG 2.2 A and AA failures, for scrolling sideways at 320
          pixels wide (the same as 400% zoom), for page titles, and for where focus goes after a form is sent. Journeys are also tested using a keyboard alone.
        </p>

        <h2>Preparation of this accessibility statement</h2>
        <p>
          This statement was prepared on {PREPARED_ON}. It was last reviewed on {REVIEWED_ON}.
        </p>
        <p>
          This service was last tested on {PREPARED_ON} against the WCAG 2.2 AA standard. The test was carried out by the Tabled team, using automated checks on
          every page the test journeys visit and manual checks with a keyboard, at 200% and 400% zoom, and with a screen reader.
        </p>
      </div>
    </main>
  );
}
