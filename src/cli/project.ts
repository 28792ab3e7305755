/**
 * Where the project's own files are at run time: templates/, public/fonts/ and src/content/ are read
 * from disk. The command line runs either from src/cli/ (tsx, tests) or as a bundle in dist-cli/
 * (npm run letters), so the folders are found from the project root rather than from this file.
 */
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'

export interface ProjectFolders {
  templates: string
  fonts: string
  content: string
}

/** The nearest folder above `from` that holds templates/words.json: the project root. */
export function projectRoot(from: string = import.meta.dirname): string {
  for (let at = from; ; at = dirname(at)) {
    if (existsSync(join(at, 'templates', 'words.json')) && existsSync(join(at, 'package.json'))) return at
    if (dirname(at) === at) throw new Error('The project folder (with templates/) was not found')
  }
}

export function projectFolders(root: string = projectRoot()): ProjectFolders {
  return { templates: join(root, 'templates'), fonts: join(root, 'public', 'fonts'), content: join(root, 'src', 'content') }
}
