import { useRef } from 'react';

/**
 * A dialog's first field takes the focus when it opens, so the clerk can type at once. autoFocus
 * alone is not enough: without animations (Windows with “show animations” off, reduced motion)
 * the dialog focuses its own close button afterwards. Put `ref` on a wrapper of the fields and
 * pass `afterOpenChange` to the Modal; focus already in a field is left where it is.
 */
export function useFirstFieldFocus<T extends HTMLElement = HTMLDivElement>() {
  const ref = useRef<T>(null);
  const afterOpenChange = (open: boolean) => {
    const box = ref.current;
    if (!open || !box) return;
    const active = document.activeElement;
    if (active && box.contains(active) && active.matches('input, textarea')) return;
    box.querySelector<HTMLElement>('input:not([type=hidden]):not([disabled]):not([readonly]), textarea:not([disabled]), [role=combobox]')?.focus();
  };
  return { ref, afterOpenChange };
}
