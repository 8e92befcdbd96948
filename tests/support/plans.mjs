// The answers the browser tests give, shared by the Chromium tests
// (tests/e2e) and the other engines (tests/engines): plain data, and the ids
// of the inputs they are given through.

/** The warning-sign checkbox pages; unless a plan says otherwise, "None of these". */
export const WARNING_SIGNS = ['emergency_signs', 'urgent_signs', 'pain_signs', 'doctor_signs', 'limits'];

/** A typical runner: no warning signs, pain for a week, long sitting, no strength work. */
export const TYPICAL = {
  onset: { daysAgo: '7' },
  pain_now: { scale: 4 },
  pain_running: { scale: 3 },
  pain_site: { choices: ['central'] },
  pain_triggers: { choices: ['sitting', 'hard_effort'] },
  sitting: { choice: 'over_8' },
  stress: { choice: 'sometimes' },
  sleep: { choice: '6_to_7' },
  age: { choice: '30_to_49' },
  load_change: { choice: 'more' },
  rest_days: { choice: '1' },
  strength_sessions: { choice: '0' },
  core_routine: { choice: 'crunches' },
  warm_up: { choice: 'never' },
  surface: { choice: 'hard' },
  shoe_km: { choice: 'over_800' },
  shoe_change: { choice: 'no' },
  foot_strike: { choice: 'heel' },
  technique_signs: { choices: ['arms_cross'] },
  asymmetry: { choices: ['unsure'] },
  do_self_tests: { choice: 'no' },
};

/** As TYPICAL with little pain now (self-tests are offered only at 3 of 10 or less), and does them. */
export const WITH_SELF_TESTS = {
  ...TYPICAL,
  pain_now: { scale: 2 },
  do_self_tests: { choice: 'yes' },
  test_bridge: { pair: ['22', '38'] },
  test_stance: { choice: 'drops_one' },
  test_wall_sit: { hold: '70' },
  test_hip_flexor: { choice: 'rises_both' },
  test_plank: { hold: '45' },
  test_side_plank: { skip: true },
};

/** The id of option (or score) `opt` of question `q`. */
export const opt = (q, o) => `#${q}-${o}`;
/** The id of text field `n` of question `q`. */
export const field = (q, n) => `#${q}-field-${n}`;
