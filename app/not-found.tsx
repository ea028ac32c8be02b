import Link from 'next/link';

export default function NotFound() {
  return (
    <main id="main-content" className="py-10">
      <h1>Page not found</h1>
      <p className="mb-4">If you typed the web address, check it is correct.</p>
      <p className="mb-4">If you pasted the web address, check you copied the entire address.</p>
      <p>
        <Link href="/">Go to the start page</Link>
      </p>
    </main>
  );
}
