/** Where papers live in the app's URLs: the page, and the route handlers that upload and serve files. */
type Route = { council: string; board: string; meeting: string };

const api = (r: Route) => `/api/councils/${encodeURIComponent(r.council)}/boards/${encodeURIComponent(r.board)}/meetings/${r.meeting}`;

export const papersPagePath = (r: Route) => `/${r.council}/boards/${r.board}/meetings/${r.meeting}/papers`;
export const meetingPagePath = (r: Route) => `/${r.council}/boards/${r.board}/meetings/${r.meeting}`;
export const uploadPath = (r: Route) => `${api(r)}/papers`;
export const downloadPath = (r: Route, paperId: string, fileId: string) => `${api(r)}/papers/${paperId}/files/${fileId}`;
export const packPath = (r: Route) => `${api(r)}/pack`;
