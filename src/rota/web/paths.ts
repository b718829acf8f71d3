/** Where the rota pages live, and the API they use. Addresses carry ids only. */
export const rotaPath = (unitId: string) => `/units/${unitId}/rota`;
export const planPath = (planId: string) => `/rota/plans/${planId}`;
export const myShiftsPath = '/rota/mine';

const e = encodeURIComponent;
export const api = {
  service: (unitId: string) => `/api/units/${e(unitId)}/rota`,
  setup: (unitId: string) => `/api/units/${e(unitId)}/rota/setup`,
  profile: (unitId: string, staffId: string) => `/api/units/${e(unitId)}/rota/staff/${e(staffId)}`,
  plans: (unitId: string) => `/api/units/${e(unitId)}/rota/plans`,
  plan: (planId: string) => `/api/rota/plans/${e(planId)}`,
  pdf: (planId: string, lang: string) => `/api/rota/plans/${e(planId)}/pdf?lang=${e(lang)}`,
  stop: (planId: string) => `/api/rota/plans/${e(planId)}/stop`,
  shift: (planId: string, shift: string) => `/api/rota/plans/${e(planId)}/shifts/${e(shift)}`,
  publish: (planId: string) => `/api/rota/plans/${e(planId)}/publish`,
  swaps: (planId: string) => `/api/rota/plans/${e(planId)}/swaps`,
  decision: (swapId: string) => `/api/rota/swaps/${e(swapId)}/decision`,
  mine: '/api/rota/mine',
};
