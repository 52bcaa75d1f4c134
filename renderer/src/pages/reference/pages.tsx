import { Tabs } from 'antd';
import { dictLabels, dictNames, holidayKinds, partyKinds, unitKinds } from '../../../../shared/contract/reference';
import { PageTitle } from '../../components/PageTitle';
import { enumOptions, useReference } from '../../lib/options';
import { ReferenceTable } from './ReferenceTable';

const nameField = (label: string) => ({ name: 'name', label, type: 'text' as const, required: true });
const sortField = { name: 'sort', label: '排序', type: 'number' as const };
/** 调休上班 falls on a weekend and 放假 on a weekday: the clerk checks by the 星期. */
const weekday = (date: string) => `周${'日一二三四五六'[new Date(`${date}T00:00:00Z`).getUTCDay()]}`;

export function TermsPage() {
  const terms = useReference('term');
  const termOptions = terms.map((t) => ({ value: t.id, label: t.name }));
  const termName = (id: number) => terms.find((t) => t.id === id)?.name ?? '';
  return (
    <>
      <PageTitle title="届次/会次" />
      <Tabs
        items={[
          {
            key: 'term',
            label: '届次',
            children: (
              <ReferenceTable
                kind="term"
                columns={[
                  { title: '届次', value: (r) => r.name },
                  { title: '届数', value: (r) => r.number, width: 80 },
                  { title: '开始日期', value: (r) => r.startDate },
                  { title: '结束日期', value: (r) => r.endDate ?? '' },
                ]}
                fields={[
                  { name: 'number', label: '届数', type: 'number', required: true },
                  { ...nameField('届次名称'), placeholder: '如：第十一届' },
                  { name: 'startDate', label: '开始日期', type: 'date', required: true },
                  { name: 'endDate', label: '结束日期', type: 'date' },
                ]}
                defaults={{ endDate: null }}
              />
            ),
          },
          {
            key: 'meeting',
            label: '会次',
            children: (
              <ReferenceTable
                kind="meeting"
                columns={[
                  { title: '届次', value: (r) => termName(r.termId) },
                  { title: '会次', value: (r) => r.name },
                  { title: '序号', value: (r) => r.number, width: 80 },
                  { title: '开幕日期', value: (r) => r.startDate },
                ]}
                fields={[
                  { name: 'termId', label: '届次', type: 'select', options: termOptions, required: true },
                  { name: 'number', label: '会次序号', type: 'number', required: true },
                  { ...nameField('会次名称'), placeholder: '如：第三次会议' },
                  { name: 'startDate', label: '开幕日期', type: 'date', required: true },
                ]}
                defaults={{}}
              />
            ),
          },
        ]}
      />
    </>
  );
}

export function SectorsPage() {
  const groups = useReference('sectorGroup');
  const groupOptions = groups.map((g) => ({ value: g.id, label: g.name }));
  return (
    <>
      <PageTitle title="界别/活动组" />
      <Tabs
        items={[
          {
            key: 'sector',
            label: '界别',
            children: (
              <ReferenceTable
                kind="sector"
                columns={[
                  { title: '界别', value: (r) => r.name },
                  { title: '活动组', value: (r) => groups.find((g) => g.id === r.groupId)?.name ?? '' },
                  { title: '联系单位', value: (r) => r.liaisonUnit },
                  { title: '排序', value: (r) => r.sort, width: 80 },
                ]}
                fields={[nameField('界别名称'), { name: 'groupId', label: '活动组', type: 'select', options: groupOptions }, { name: 'liaisonUnit', label: '联系单位', type: 'text' }, sortField]}
                defaults={{ sort: 0, liaisonUnit: '', groupId: null }}
              />
            ),
          },
          {
            key: 'group',
            label: '活动组',
            children: <ReferenceTable kind="sectorGroup" columns={[{ title: '活动组', value: (r) => r.name }, { title: '排序', value: (r) => r.sort, width: 80 }]} fields={[nameField('活动组名称'), sortField]} defaults={{ sort: 0 }} />,
          },
        ]}
      />
    </>
  );
}

export function PartiesPage() {
  return (
    <>
      <PageTitle title="党派/团体" />
      <ReferenceTable
        kind="party"
        columns={[{ title: '名称', value: (r) => r.name }, { title: '类型', value: (r) => r.kind }, { title: '排序', value: (r) => r.sort, width: 80 }]}
        fields={[nameField('党派/团体名称'), { name: 'kind', label: '类型', type: 'select', options: enumOptions(partyKinds), required: true }, sortField]}
        defaults={{ kind: '党派', sort: 0 }}
      />
    </>
  );
}

export function CommitteesPage() {
  return (
    <>
      <PageTitle title="专门委员会" />
      <ReferenceTable kind="committee" columns={[{ title: '名称', value: (r) => r.name }, { title: '排序', value: (r) => r.sort, width: 80 }]} fields={[nameField('专门委员会名称'), sortField]} defaults={{ sort: 0 }} />
    </>
  );
}

export function UnitsPage() {
  return (
    <>
      <PageTitle title="承办单位" />
      <ReferenceTable
        kind="unit"
        columns={[
          { title: '单位名称', value: (r) => r.name },
          { title: '类型', value: (r) => r.kind },
          { title: '联系人', value: (r) => r.contact },
          { title: '联系电话', value: (r) => r.phone },
          { title: '地址', value: (r) => r.address },
        ]}
        fields={[
          nameField('单位名称'),
          { name: 'kind', label: '单位类型', type: 'select', options: enumOptions(unitKinds), required: true },
          { name: 'contact', label: '联系人', type: 'text' },
          { name: 'phone', label: '联系电话', type: 'text', placeholder: '手机号或座机，如0579-87654321' },
          { name: 'address', label: '地址', type: 'text' },
          sortField,
        ]}
        defaults={{ kind: '政府部门', contact: '', phone: '', address: '', sort: 0 }}
      />
    </>
  );
}

export function DictsPage() {
  return (
    <>
      <PageTitle title="字典" />
      <Tabs
        items={dictNames.map((dict) => ({
          key: dict,
          label: dictLabels[dict],
          children: (
            <ReferenceTable
              kind="dictItem"
              title={dictLabels[dict]}
              filter={(r) => r.dict === dict}
              columns={[{ title: '名称', value: (r) => r.label }, { title: '代码', value: (r) => r.code, width: 80 }, { title: '说明', value: (r) => r.description }, { title: '排序', value: (r) => r.sort, width: 80 }]}
              fields={[
                { name: 'label', label: '名称', type: 'text', required: true },
                { name: 'code', label: '代码', type: 'text' },
                { name: 'description', label: '说明', type: 'textarea' },
                sortField,
              ]}
              defaults={{ dict, code: '', description: '', sort: 0 }}
            />
          ),
        }))}
      />
    </>
  );
}

export function HolidaysPage() {
  return (
    <>
      <PageTitle title="节假日" />
      <p style={{ color: '#666' }}>登记法定节假日（工作日放假）和调休上班日（周末上班），用于计算按工作日的办理期限。</p>
      <ReferenceTable
        kind="holiday"
        columns={[{ title: '日期', value: (r) => r.date }, { title: '星期', value: (r) => weekday(r.date), width: 80 }, { title: '类型', value: (r) => r.kind }, { title: '名称', value: (r) => r.name }]}
        fields={[{ name: 'date', label: '日期', type: 'date', required: true }, { name: 'kind', label: '类型', type: 'select', options: enumOptions(holidayKinds), required: true }, nameField('名称')]}
        defaults={{ kind: '放假' }}
      />
    </>
  );
}

