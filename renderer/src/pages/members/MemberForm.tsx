import { zodResolver } from '@hookform/resolvers/zod';
import { Col, Form, Modal, Row } from 'antd';
import { useForm, type FieldValues } from 'react-hook-form';
import { genders, memberFields, type MemberRecord } from '../../../../shared/contract/members';
import { FormField, submitOnEnter, type FieldSpec } from '../../components/FormField';
import { useFirstFieldFocus } from '../../components/useFirstFieldFocus';
import { enumOptions, useOptions } from '../../lib/options';

type Values = FieldValues;

export function MemberForm({ member, termId, saving, onSave, onCancel }: { member?: MemberRecord; termId?: number; saving: boolean; onSave: (v: Values) => Promise<void>; onCancel: () => void }) {
  const sectors = useOptions('sector');
  const parties = useOptions('party');
  const committees = useOptions('committee');
  const groups = useOptions('sectorGroup');
  const terms = useOptions('term');
  const form = useForm<Values>({
    resolver: zodResolver(memberFields as never) as never,
    defaultValues: member
      ? { name: member.name, gender: member.gender, termId: member.termId, sectorId: member.sectorId, partyId: member.partyId, committeeId: member.committeeId, groupId: member.groupId, workUnit: member.workUnit, phone: member.phone, isStanding: member.isStanding, note: member.note }
      : { name: '', phone: '', gender: '男', termId: termId ?? terms[terms.length - 1]?.value, isStanding: false, workUnit: '', note: '', partyId: null, committeeId: null, groupId: null },
  });
  const fields: FieldSpec<Values>[][] = [
    [
      { name: 'name', label: '姓名', type: 'text', required: true, maxLength: 20, autoFocus: true },
      { name: 'gender', label: '性别', type: 'select', options: enumOptions(genders), required: true },
    ],
    [
      { name: 'termId', label: '届次', type: 'select', options: terms, required: true },
      { name: 'sectorId', label: '界别', type: 'select', options: sectors, required: true },
    ],
    [
      { name: 'partyId', label: '党派', type: 'select', options: parties },
      { name: 'groupId', label: '活动组', type: 'select', options: groups, placeholder: '不选则按界别所属活动组' },
    ],
    [
      { name: 'committeeId', label: '专委会', type: 'select', options: committees },
      { name: 'phone', label: '手机号', type: 'text', required: true, maxLength: 11 },
    ],
    [{ name: 'workUnit', label: '工作单位及职务', type: 'text', maxLength: 100 }],
    [
      { name: 'isStanding', label: '是否常委', type: 'switch' },
      { name: 'note', label: '备注', type: 'text', maxLength: 500 },
    ],
  ];
  const focus = useFirstFieldFocus();
  const submit = form.handleSubmit(async (v) => {
    try {
      await onSave(v);
    } catch {
      /* error shown by the mutation */
    }
  });
  return (
    <Modal open width={720} title={member ? `修改委员：${member.name}` : '新增委员'} okText="保存" cancelText="取消" onOk={submit} confirmLoading={saving} onCancel={onCancel} maskClosable={false} destroyOnHidden afterOpenChange={focus.afterOpenChange}>
      <div ref={focus.ref}>
        <Form layout="vertical" component="div" onKeyDown={submitOnEnter(submit)}>
          {fields.map((row, i) => (
            <Row gutter={16} key={i}>
              {row.map((f) => (
                <Col span={24 / row.length} key={f.name}>
                  <FormField control={form.control} spec={f} />
                </Col>
              ))}
            </Row>
          ))}
        </Form>
      </div>
    </Modal>
  );
}
