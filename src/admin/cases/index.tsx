// 案例库: the typical cases supervisors picked from closed work orders, laid out as the printable 《顾客之声》
// handout (what happened, how it was handled, the lesson). 打印 prints only the handout.
import AdminShell from '../components/AdminShell'
import CasesDesk from './CasesDesk'

import './index.scss'

export default function AdminCasesPage() {
  return (
    <AdminShell active='cases' title='案例库 · 顾客之声'>
      <CasesDesk />
    </AdminShell>
  )
}
