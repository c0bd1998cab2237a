// 话术模板: the company's wording for each complaint scenario and step, with {{variables}} filled from the work order.
// 主管 / 经理 write and edit them; 客服 read them (and use them from the work order's reply box).
import AdminShell from '../components/AdminShell'
import ScriptsDesk from './ScriptsDesk'

import './index.scss'

export default function AdminScriptsPage() {
  return (
    <AdminShell active='scripts' title='话术模板'>
      <ScriptsDesk />
    </AdminShell>
  )
}
