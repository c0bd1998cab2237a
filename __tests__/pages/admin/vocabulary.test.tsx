// src/ may import only types from the backend, so the desk writes its complaint labels out (src/admin/vocabulary.ts);
// they must read the same as the contract's.
import {
  COMPLAINT_CATEGORY_LABELS, COMPLAINT_LEVEL_LABELS, COMPLAINT_SEVERITY_LABELS, COMPLAINT_STEP_LABELS, SCRIPT_VARIABLES
} from '@core/contract/complaint'
import { SCRIPT_SCENARIO_LABELS } from '@core/contract/recovery'
import {
  COMPLAINT_CATEGORY_TEXT, COMPLAINT_LEVEL_TEXT, COMPLAINT_SEVERITY_TEXT, COMPLAINT_STEP_TEXT, SCRIPT_SCENARIO_TEXT,
  SCRIPT_VARIABLE_HELP
} from '@/admin/vocabulary'

describe('admin vocabulary', () => {
  it('repeats the contract\'s complaint labels and script variables exactly', () => {
    expect(COMPLAINT_CATEGORY_TEXT).toEqual(COMPLAINT_CATEGORY_LABELS)
    expect(COMPLAINT_LEVEL_TEXT).toEqual(COMPLAINT_LEVEL_LABELS)
    expect(COMPLAINT_SEVERITY_TEXT).toEqual(COMPLAINT_SEVERITY_LABELS)
    expect(COMPLAINT_STEP_TEXT).toEqual(COMPLAINT_STEP_LABELS)
    expect(SCRIPT_SCENARIO_TEXT).toEqual(SCRIPT_SCENARIO_LABELS)
    expect(SCRIPT_VARIABLE_HELP).toEqual(SCRIPT_VARIABLES)
  })
})
