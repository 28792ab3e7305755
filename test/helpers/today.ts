/** The day every test runs on unless it asks for another (UK time, from midday): unit and browser alike. */
export const TEST_TODAY = '2026-11-23'
