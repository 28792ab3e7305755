/**
 * The rules of scripts/layers.json on a graph of imports, kept apart from reading files so a test can
 * give it a small made-up graph. oxlint sees circles between files but not between folders, so this
 * is what stops, say, storage importing flow while flow imports storage.
 */

export interface Layers {
  /** Folders of src/, lowest first; folders in one layer may not import each other. */
  layers: string[][]
  /** Folders below the interface: they never import anything outside this list. */
  core: string[]
  /** Programs' starting points, which nothing imports. */
  entries: string[]
}

/** One import: `from` and `to` are paths under src/, e.g. "steps/start/StartPage.tsx". */
export interface Edge {
  from: string
  to: string
}

/** The folder of src/ a path is in; a file at the top of src/ is its own folder ("main.tsx"). */
export function folderOf(path: string): string {
  return path.split('/')[0] ?? path
}

function layerIndex(layers: Layers): Map<string, number> {
  const index = new Map<string, number>()
  layers.layers.forEach((layer, i) => {
    for (const folder of layer) index.set(folder, i)
  })
  return index
}

/** One line per problem, in plain words; none when the imports keep to the layers. */
export function checkLayers(edges: readonly Edge[], layers: Layers): string[] {
  const problems: string[] = []
  const index = layerIndex(layers)
  const core = new Set(layers.core)
  const entries = new Set(layers.entries)
  const unplaced = new Set<string>()
  /** Folder → folder, with the first file import seen for each, to name in a message. */
  const between = new Map<string, Map<string, Edge>>()

  for (const edge of edges) {
    const from = folderOf(edge.from)
    const to = folderOf(edge.to)
    for (const folder of [from, to]) if (!index.has(folder)) unplaced.add(folder)
    if (from === to) continue
    const out = between.get(from) ?? new Map<string, Edge>()
    if (!out.has(to)) out.set(to, edge)
    between.set(from, out)
  }

  for (const folder of [...unplaced].sort()) {
    problems.push(`src/${folder} is not in scripts/layers.json: add it to the layer it belongs in.`)
  }

  for (const [from, out] of [...between].sort(([a], [b]) => a.localeCompare(b))) {
    for (const [to, edge] of [...out].sort(([a], [b]) => a.localeCompare(b))) {
      const via = `(src/${edge.from} imports src/${edge.to})`
      if (entries.has(to)) {
        problems.push(`src/${from} imports src/${to}, a program's starting point that nothing may import ${via}.`)
      } else if (core.has(from) && !core.has(to)) {
        problems.push(`src/${from} is core code and imports src/${to}, which is not: core code never imports the interface ${via}.`)
      } else if (index.has(from) && index.has(to) && index.get(to)! >= index.get(from)!) {
        const where = index.get(to) === index.get(from) ? 'sits in the same layer' : 'sits above it'
        problems.push(`src/${from} imports src/${to}, which ${where} in scripts/layers.json ${via}.`)
      }
    }
  }

  for (const cycle of folderCycles(between)) {
    const steps = cycle.map((folder, i) => {
      const edge = between.get(folder)!.get(cycle[(i + 1) % cycle.length]!)!
      return `src/${edge.from} imports src/${edge.to}`
    })
    problems.push(`Folders import each other in a circle: ${[...cycle, cycle[0]].map((f) => `src/${f}`).join(' → ')} (${steps.join('; ')}).`)
  }
  return problems
}

/** Each group of folders that import each other in a circle, as one circle through them (Tarjan's strongly connected components). */
export function folderCycles(between: ReadonlyMap<string, ReadonlyMap<string, unknown>>): string[][] {
  const order = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const groups: string[][] = []
  let counter = 0

  const visit = (node: string) => {
    order.set(node, counter)
    low.set(node, counter)
    counter += 1
    stack.push(node)
    onStack.add(node)
    for (const next of between.get(node)?.keys() ?? []) {
      if (!order.has(next)) {
        visit(next)
        low.set(node, Math.min(low.get(node)!, low.get(next)!))
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, order.get(next)!))
      }
    }
    if (low.get(node) === order.get(node)) {
      const group: string[] = []
      let member: string
      do {
        member = stack.pop()!
        onStack.delete(member)
        group.push(member)
      } while (member !== node)
      if (group.length > 1) groups.push(group)
    }
  }
  for (const node of [...between.keys()].sort()) if (!order.has(node)) visit(node)
  return groups.map((group) => circleThrough(group, between))
}

/** A circle that starts at the group's first folder by name, found by walking only inside the group. */
function circleThrough(group: string[], between: ReadonlyMap<string, ReadonlyMap<string, unknown>>): string[] {
  const members = new Set(group)
  const start = [...group].sort()[0]!
  const path = [start]
  const seen = new Set(path)
  const walk = (node: string): boolean => {
    for (const next of [...(between.get(node)?.keys() ?? [])].sort()) {
      if (!members.has(next)) continue
      if (next === start) return true
      if (seen.has(next)) continue
      seen.add(next)
      path.push(next)
      if (walk(next)) return true
      path.pop()
    }
    return false
  }
  walk(start)
  return path
}

type Override = { files: string[]; rules: Record<string, unknown> }

/**
 * The oxlint rules that say the same as the layers, one override per folder: a quick warning in the
 * editor. It matches import paths by text, so this script stays the judge.
 */
export function oxlintOverrides(layers: Layers): Override[] {
  const index = layerIndex(layers)
  const all = layers.layers.flat()
  const core = new Set(layers.core)
  const overrides: Override[] = []
  for (const folder of all) {
    const banned = all.filter(
      (other) => other !== folder && (index.get(other)! >= index.get(folder)! || layers.entries.includes(other) || (core.has(folder) && !core.has(other))),
    )
    if (banned.length === 0) continue
    const message = core.has(folder)
      ? `src/${folder} is core code: it never imports the interface or a folder above it (scripts/layers.json).`
      : `src/${folder} never imports a folder above it (scripts/layers.json).`
    // A file at the top of src/ reaches other folders with "./"; a file in a folder, with "../" (once or more).
    const isFile = folder.includes('.')
    const regex = `^${isFile ? '\\./' : '(\\.\\./)+'}(${banned.map((f) => f.replaceAll('.', '\\.')).join('|')})(/|$)`
    overrides.push({
      files: [isFile ? `src/${folder}` : `src/${folder}/**`],
      rules: { 'no-restricted-imports': ['error', { patterns: [{ regex, message }] }] },
    })
  }
  return overrides
}
