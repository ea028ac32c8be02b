import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Accessibility statement' };

export default function AccessibilityPage() {
  return (
    <main id="main-content" className="py-10">
      <h1>Accessibility statement</h1>
      <div className="max-w-2xl space-y-4">
        <p>Tabled is built to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA, as UK public sector bodies must.</p>
        <p>Every page is checked automatically with axe in a real browser on each change. You can use it with a keyboard alone, zoom to 400% and use a screen reader.</p>
        <p>Known gaps: signing in needs JavaScript.</p>
        <p>If you find a problem, tell your board administrator, who will pass it to us.</p>
      </div>
    </main>
  );
}
