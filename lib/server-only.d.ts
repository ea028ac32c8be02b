// Next resolves 'server-only' itself (an empty module on the server, an error in a client bundle).
declare module 'server-only';
