import { PDFDocument } from 'pdf-lib'

/** Several PDFs as one, pages in order (the "all letters" file), with its own title and language. */
export async function mergePdfs(pdfs: readonly Uint8Array[], info: { title: string; language: string }): Promise<Uint8Array> {
  const all = await PDFDocument.create()
  all.setTitle(info.title)
  all.setLanguage(info.language)
  for (const bytes of pdfs) {
    const doc = await PDFDocument.load(bytes)
    const pages = await all.copyPages(doc, doc.getPageIndices())
    for (const page of pages) all.addPage(page)
  }
  return all.save()
}
