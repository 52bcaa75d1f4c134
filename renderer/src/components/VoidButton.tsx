import { Button, Input, Modal } from 'antd';
import { useState, type ReactNode } from 'react';
import { useFirstFieldFocus } from './useFirstFieldFocus';

/**
 * 作废 needs a reason; the record stays in the database and can be restored. Other reasoned,
 * confirmed steps (撤销付印) use it with their own label, explanation (`note`) and a full button.
 */
export function VoidButton({
  what,
  name,
  onConfirm,
  danger = true,
  label = '作废',
  note = '记录不会被删除，作废后可在“显示已作废”中查看并恢复。',
  button = 'link',
}: {
  what: string;
  name: string;
  onConfirm: (reason: string) => Promise<unknown>;
  danger?: boolean;
  label?: string;
  note?: ReactNode;
  button?: 'link' | 'default';
}) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const focus = useFirstFieldFocus();
  return (
    <>
      <Button type={button === 'link' ? 'link' : 'default'} size={button === 'link' ? 'small' : 'middle'} danger={danger} onClick={() => setOpen(true)}>
        {label}
      </Button>
      <Modal
        title={`${label}${what}“${name}”`}
        open={open}
        okText={`确认${label}`}
        okButtonProps={{ danger, disabled: !reason.trim(), loading: busy }}
        cancelText="取消"
        onCancel={() => setOpen(false)}
        onOk={async () => {
          setBusy(true);
          try {
            await onConfirm(reason.trim());
            setOpen(false);
            setReason('');
          } catch {
            /* the mutation already showed the error */
          } finally {
            setBusy(false);
          }
        }}
        destroyOnHidden
        afterOpenChange={focus.afterOpenChange}
      >
        <p>{note}</p>
        <div ref={focus.ref}>
          <Input.TextArea aria-label={`${label}原因`} placeholder={`请填写${label}原因`} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} showCount autoFocus />
        </div>
      </Modal>
    </>
  );
}
