/** Where the on-call pages live, and the API they use. Addresses carry ids and dates only. */
export const nightPath = (unitId: string, date?: string) => `/units/${unitId}/on-call${date ? `?date=${date}` : ''}`;
export const newCallPath = (unitId: string) => `/units/${unitId}/on-call/new`;
export const callPath = (id: string) => `/on-call/calls/${id}`;
export const handoverPath = (unitId: string) => `/units/${unitId}/on-call/handover`;
export const overviewPath = (unitId: string) => `/units/${unitId}/on-call/overview`;
export const statementPath = (unitId: string, month?: string) => `/units/${unitId}/on-call/statement${month ? `?month=${month}` : ''}`;

export const api = {
  calls: (unitId: string, date?: string) => `/api/units/${encodeURIComponent(unitId)}/on-call/calls${date ? `?date=${encodeURIComponent(date)}` : ''}`,
  call: (id: string) => `/api/on-call/calls/${encodeURIComponent(id)}`,
  linkChild: (id: string) => `/api/on-call/calls/${encodeURIComponent(id)}/child`,
  takeOver: (id: string) => `/api/on-call/calls/${encodeURIComponent(id)}/take-over`,
  handover: (unitId: string) => `/api/units/${encodeURIComponent(unitId)}/on-call/handover`,
  overview: (unitId: string, period: { from: string; to: string }) =>
    `/api/units/${encodeURIComponent(unitId)}/on-call/overview?${new URLSearchParams(period).toString()}`,
  statement: (unitId: string, month: string) => `/api/units/${encodeURIComponent(unitId)}/on-call/statement?${new URLSearchParams({ month }).toString()}`,
  saveCost: (unitId: string) => `/api/units/${encodeURIComponent(unitId)}/on-call/statement`,
  statementPdf: (unitId: string, month: string, locale: string) =>
    `/api/units/${encodeURIComponent(unitId)}/on-call/statement/pdf?${new URLSearchParams({ month, locale }).toString()}`,
};
