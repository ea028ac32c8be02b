import type { Metadata } from 'next';

/**
 * A page's title read from its data, or no title when the read is refused: the page
 * itself is then refused too, and its not-found or forbidden page names itself. Without
 * this, a refusal thrown while reading a layout's title leaves that page with no title.
 */
export async function titleFrom(read: () => Promise<Metadata>): Promise<Metadata> {
  try {
    return await read();
  } catch {
    return {};
  }
}
