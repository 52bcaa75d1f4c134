/**
 * Ctrl+Enter (or Ctrl+S) in a dialog presses its primary button (保存, 确认…), so a clerk filling a
 * form never has to reach for the mouse. Only the topmost open dialog answers; a disabled or
 * loading button is left alone.
 */
export function pressTopDialogPrimary(): boolean {
  const open = [...document.querySelectorAll<HTMLElement>('.ant-modal')].filter((el) => el.offsetParent !== null && !el.closest('[aria-hidden="true"]'));
  const top = open.at(-1);
  if (!top) return false;
  const buttons = [...top.querySelectorAll<HTMLButtonElement>('.ant-modal-footer .ant-btn-primary, .ant-modal-confirm-btns .ant-btn-primary, form .ant-btn-primary[type="submit"]')];
  const primary = buttons.filter((b) => !b.disabled && !b.classList.contains('ant-btn-loading')).at(-1);
  if (!primary) return false;
  primary.click();
  return true;
}

export function installDialogKeys(target: Window = window): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
    if (e.key !== 'Enter' && e.key.toLowerCase() !== 's') return;
    if (pressTopDialogPrimary()) e.preventDefault();
    else if (e.key.toLowerCase() === 's') e.preventDefault(); // the browser's 保存网页 is never what the clerk means
  };
  target.addEventListener('keydown', onKey);
  return () => target.removeEventListener('keydown', onKey);
}
