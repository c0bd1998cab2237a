// 情景演练: the scenario library; pick one, read the customer's words, answer against the clock, and see which key
// points the answer covered or missed, with the score. Below: my past drills.
import AdminShell from '../components/AdminShell'
import DrillsDesk from './DrillsDesk'

import './index.scss'

export default function AdminDrillsPage() {
  return (
    <AdminShell active='drills' title='情景演练'>
      <DrillsDesk />
    </AdminShell>
  )
}
