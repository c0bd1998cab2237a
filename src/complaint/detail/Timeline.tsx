// 处理记录: what happened to the complaint, newest first — the household's own messages and staff replies (as quotes),
// the steps ('已受理 → 已定级'), the proposed resolution and the outcome, each with who and when. Only household events
// are ever drawn, whatever arrives (the server already leaves internal notes out; this is the screen's own guard).
import type { ComplaintEventView } from '@/api/complaint'
import Timeline from '@/components/Timeline'
import { HOUSEHOLD_EVENTS } from '@/constants/complaint'

/** Someone's own words, as opposed to a note about a change. */
const MESSAGES: ReadonlyArray<ComplaintEventView['type']> = ['created', 'household_message', 'reply', 'resolution_proposed', 'household_confirmed', 'household_reopened']

export default function ComplaintTimeline({ entries }: { entries: ComplaintEventView[] }) {
  return (
    <Timeline
      entries={entries.filter((e) => HOUSEHOLD_EVENTS.includes(e.type)).map((e) => ({
        key: e.id, label: e.label, at: e.at, who: e.actorLabel, whoKind: e.actor, text: e.text, quoted: MESSAGES.includes(e.type), photos: e.photos
      }))}
    />
  )
}
