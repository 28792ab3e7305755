/** Accessibility in CI in Welsh: every page in each state, and a keyboard-only journey (helpers/accessibility.ts). */
import { accessibilityTests } from './helpers/accessibility.ts'

accessibilityTests('cy')
