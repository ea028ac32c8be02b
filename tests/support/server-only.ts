// Vitest stands in for Next's server bundle: 'server-only' is an empty module there too.
export {};
