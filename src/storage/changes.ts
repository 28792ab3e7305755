/**
 * Answers are saved as changes, field by field, not as a whole draft: two tabs that each change a
 * different answer then both keep their change (a whole-draft save would let the last tab win).
 * A field is any value that is not a plain object: a string or a list is one field, a date's parts
 * are three, an address five.
 */

/** One field set to a value, or removed when `value` is undefined. */
export interface Change {
  path: string[]
  value?: unknown
}

function isBranch(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const keysA = Object.keys(a)
  const keysB = Object.keys(b)
  return keysA.length === keysB.length && keysA.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
}

/** The fields that differ between two drafts, as the changes that turn `before` into `after`. */
export function diff(before: unknown, after: unknown, path: string[] = []): Change[] {
  if (isBranch(before) && isBranch(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)])
    return [...keys].flatMap((key) => diff(before[key], after[key], [...path, key]))
  }
  if (same(before, after)) return []
  return [after === undefined ? { path } : { path, value: after }]
}

/**
 * `target` with the changes made, as a new object (the target is not touched). A removal also
 * removes the objects it leaves empty, so "not answered" never turns into an empty answer.
 */
export function applyChanges(target: unknown, changes: readonly Change[]): Record<string, unknown> {
  let root: Record<string, unknown> = isBranch(target) ? structuredClone(target) : {}
  for (const { path, value } of changes) {
    if (path.length === 0) {
      root = isBranch(value) ? structuredClone(value) : {}
      continue
    }
    const parents: Record<string, unknown>[] = [root]
    let node = root
    for (const key of path.slice(0, -1)) {
      let child = node[key]
      if (!isBranch(child)) {
        if (value === undefined) break
        child = {}
        node[key] = child
      }
      node = child as Record<string, unknown>
      parents.push(node)
    }
    if (parents.length < path.length) continue
    const last = path[path.length - 1] as string
    if (value !== undefined) {
      node[last] = structuredClone(value)
      continue
    }
    delete node[last]
    for (let i = parents.length - 1; i > 0 && Object.keys(parents[i] as object).length === 0; i--) {
      delete (parents[i - 1] as Record<string, unknown>)[path[i - 1] as string]
    }
  }
  return root
}

const key = (path: readonly string[]) => path.join('.')

/** Whether two fields are the same, or one holds the other (`subject` and `subject.fullName`). */
function overlaps(a: string, b: string): boolean {
  return a === '' || b === '' || a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`)
}

/**
 * Orders changes between tabs. Every save in any tab gets the next revision number, inside the same
 * IndexedDB transaction, and other tabs hear of it by message, in any order. A message is used only
 * for fields this tab last set at an earlier revision; a field this tab is still saving waits until
 * that save has its own revision, then the newer of the two wins, as it does in IndexedDB.
 */
export class Ledger {
  /** Field → the revision of the value this tab shows. */
  private held = new Map<string, number>()
  /** Field → how many of this tab's saves of it have not finished. */
  private saving = new Map<string, number>()
  private waiting: { revision: number; change: Change }[] = []

  private heldRevision(field: string): number {
    let revision = 0
    for (const [other, r] of this.held) if (overlaps(field, other) && r > revision) revision = r
    return revision
  }

  private isSaving(field: string): boolean {
    for (const other of this.saving.keys()) if (overlaps(field, other)) return true
    return false
  }

  private hold(field: string, revision: number): void {
    for (const other of [...this.held.keys()]) if (other.startsWith(`${field}.`) || field === '') this.held.delete(other)
    this.held.set(field, Math.max(revision, this.held.get(field) ?? 0))
  }

  /** Everything this tab shows was read at this revision. */
  reset(revision: number): void {
    this.held = new Map([['', revision]])
    this.waiting = []
  }

  /** This tab starts saving these changes. */
  start(changes: readonly Change[]): void {
    for (const c of changes) this.saving.set(key(c.path), (this.saving.get(key(c.path)) ?? 0) + 1)
  }

  /**
   * This tab's save finished: at `revision`, or not written (undefined). Returns other tabs' changes
   * that were waiting for it and are still the newest.
   */
  finish(changes: readonly Change[], revision: number | undefined): Change[] {
    for (const c of changes) {
      const field = key(c.path)
      const left = (this.saving.get(field) ?? 1) - 1
      if (left > 0) this.saving.set(field, left)
      else this.saving.delete(field)
      if (revision !== undefined) this.hold(field, revision)
    }
    const ready = this.waiting.filter((w) => !this.isSaving(key(w.change.path)))
    this.waiting = this.waiting.filter((w) => this.isSaving(key(w.change.path)))
    return ready.sort((a, b) => a.revision - b.revision).flatMap((w) => this.accept(w.revision, w.change))
  }

  private accept(revision: number, change: Change): Change[] {
    const field = key(change.path)
    if (revision <= this.heldRevision(field)) return []
    this.hold(field, revision)
    return [change]
  }

  /** Another tab saved these changes at `revision`: the ones to show now. */
  receive(revision: number, changes: readonly Change[]): Change[] {
    return changes.flatMap((change) => {
      if (this.isSaving(key(change.path))) {
        this.waiting.push({ revision, change })
        return []
      }
      return this.accept(revision, change)
    })
  }
}
