/**
 * Where the menu comes from: the composition root tells at start (setMenu), the frame fetches it
 * after login (menuLoader). Apart from menu.ts so the login page carries only these few lines.
 */
import type { Menu } from './menu.ts';

let loadMenu: (() => Promise<Menu>) | undefined;

/** Called once by the composition root, before the first page. */
export function setMenu(load: () => Promise<Menu>): void {
  loadMenu = load;
}

export function menuLoader(): () => Promise<Menu> {
  if (!loadMenu) throw new Error('setMenu was not called before the first page');
  return loadMenu;
}
