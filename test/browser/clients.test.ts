/**
 * Issue 12 in the browser: an advice worker makes letters for three clients in one sitting without
 * typing their own details again, and downloads every letter in one zip with its summary. The first
 * client comes from an answers file, the second is typed after "New client" (the worker's pages are
 * already answered), the third comes from a file added to the list. Short on purpose: one context.
 */
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { unzipSync } from 'fflate'
import { appUnderTest, newContext, ROOT } from './harness.ts'
import { PATHS, textbox } from './helpers/journey.ts'
import { chooseFromCombobox, waitForPage } from './helpers/keyboard.ts'
import { goTo, keepIfAsked } from './helpers/pages.ts'
import { checkPdfIsSound, flat, pdfText } from './helpers/pdf.ts'
import { ui } from './helpers/people.ts'
import { Shots } from './helpers/shots.ts'
import { waitForKept } from './helpers/storage.ts'

const app = appUnderTest()
const CLIENTS = '/clients'
const FIXTURE = join(ROOT, 'test', 'fixtures', 'requests', 'advice-worker.json')

test('a worker makes letters for three clients without retyping their own details, and gets one zip', async () => {
  const context = await newContext(app.browser, { today: '2026-11-23' })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(String(e)))
  const shots = new Shots('clients')
  const dir = mkdtempSync(join(tmpdir(), 'wth-clients-'))
  const started = performance.now()
  const lap = (what: string) => console.log(`# ${what}: ${Math.round(performance.now() - started)} ms`)
  try {
    // Client 1, Kwame: the worker's answers file, kept on the device.
    await page.goto(`${app.server.url}/`)
    await page.getByLabel(ui('start.loadLabel')).setInputFiles(FIXTURE)
    await keepIfAsked(page, PATHS.check)
    await waitForKept(page, (k) => JSON.stringify(k.draft ?? '').includes('Jo Whitfield'), 'the worker’s details, kept')

    lap('client 1 loaded')
    // Client 2, Amara: "New client" suggests the next reference and skips the worker's own pages.
    await goTo(page, app.server.url, CLIENTS)
    const reference = textbox(page, ui('clients.new.reference'))
    assert.equal(await reference.inputValue(), 'CLIENT-043', 'the next reference follows the last one')
    await shots.take(page)
    await page.getByRole('button', { name: ui('clients.new.button'), exact: true }).click()
    await waitForPage(page, PATHS.name, { headingFocused: false })
    await textbox(page, ui('subjectName.title.representative')).fill('Amara Okafor')
    const next = async (path: string) => {
      await page.getByRole('button', { name: ui('app.continue'), exact: true }).click()
      await waitForPage(page, path, { headingFocused: false })
    }
    await next(PATHS.otherNames)
    await next(PATHS.dateOfBirth)
    await textbox(page, ui('date.day')).fill('4')
    await textbox(page, ui('date.month')).fill('6')
    await textbox(page, ui('date.year')).fill('2007')
    await next(PATHS.address)
    await textbox(page, ui('address.line1')).fill('12 Hope Street')
    await textbox(page, ui('address.town')).fill('Birmingham')
    await textbox(page, /^Postcode/).fill('B5 4TR')
    await next(PATHS.previousAddresses)
    await next(PATHS.contact)
    // The worker's own pages are passed by: their details are already given.
    await next(PATHS.whatYouWant)
    // Back still reaches them, filled in.
    await page.getByRole('link', { name: ui('app.back'), exact: true }).click()
    await waitForPage(page, PATHS.workerContact, { headingFocused: false })
    assert.equal(await textbox(page, ui('workerContact.reference')).inputValue(), 'CLIENT-043')
    assert.equal(await textbox(page, ui('workerContact.email')).inputValue(), 'jo@example.org')
    await next(PATHS.whatYouWant)
    await page.getByRole('checkbox', { name: ui('whatYouWant.option.access'), exact: true }).check()
    await next(PATHS.topics)
    await next(PATHS.recipients)
    await chooseFromCombobox(page, page.getByRole('combobox', { name: ui('recipients.searchLabel'), exact: true }), 'West Midlands', 'West Midlands Police')
    await next(PATHS.details)
    await next(PATHS.sending)
    await page.getByRole('radio', { name: ui('sending.option.notSure'), exact: true }).check()
    await next(PATHS.check)
    const check = flat(await page.locator('main').innerText())
    assert.match(check, /Jo Whitfield/, 'check your answers names the worker, typed once')
    assert.match(check, /CLIENT-043/)
    assert.doesNotMatch(check, /Kwame/, 'nothing of the first client is in the second')

    lap('client 2 typed')
    // Client 3, Priya: added to the list from a file, beside the other two.
    const priya = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, Record<string, unknown>>
    const third = join(dir, 'priya.json')
    writeFileSync(third, JSON.stringify({
      ...priya,
      subject: { ...priya.subject, fullName: 'Priya Shah', otherNames: [] },
      sender: { ...priya.sender, reference: 'CLIENT-044' },
      recipients: ['council:tower-hamlets'],
      corrections: 'The council record of a move to Leeds is wrong.',
      details: 'Priya was told by her school in 2025.',
    }))
    await goTo(page, app.server.url, CLIENTS)
    await page.getByLabel(ui('clients.files.label')).setInputFiles([third])
    await page.getByText(ui('clients.files.added', { count: 1 })).waitFor()

    lap('client 3 added')
    // Found by name or reference; then all three chosen.
    const search = page.getByRole('searchbox', { name: ui('clients.search.label') })
    await search.fill('amara')
    await page.getByText(ui('clients.search.count', { count: 1 })).waitFor()
    await search.fill('client-044')
    await page.getByRole('checkbox', { name: 'Priya Shah', exact: true }).check()
    await search.fill('')
    await page.getByText(ui('clients.search.count', { count: 3 })).waitFor()
    for (const name of ['Kwame Mensah-Boateng', 'Amara Okafor']) await page.getByRole('checkbox', { name, exact: true }).check()
    await shots.take(page)
    await page.getByRole('button', { name: ui('clients.batch.button'), exact: true }).click()
    const link = page.getByRole('link', { name: ui('clients.batch.download'), exact: true })
    await link.waitFor({ timeout: 60_000 })
    await shots.take(page)
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
    lap(`zip made (${await page.evaluate(() => document.documentElement.dataset.batchMs)} ms in the worker)`)
    const zipFile = join(dir, 'letters.zip')
    await download.saveAs(zipFile)

    const entries = unzipSync(readFileSync(zipFile))
    const names = Object.keys(entries).sort()
    assert.deepEqual(names.filter((n) => n.endsWith('.pdf')), [
      'client-042/letter-01-metropolitan-police-service.pdf',
      'client-042/letter-02-london-borough-of-tower-hamlets.pdf',
      'client-042/letter-03-example-academy.pdf',
      'client-043/letter-01-west-midlands-police.pdf',
      'client-044/letter-01-london-borough-of-tower-hamlets.pdf',
      'summary.pdf',
    ])
    assert.ok(names.includes('summary.csv'))
    assert.ok(!names.some((n) => /kwame|amara|priya|whitfield/i.test(n)), 'no file or folder name carries a name')
    const csv = new TextDecoder().decode(entries['summary.csv']).split('\r\n').filter(Boolean)
    assert.equal(csv[0], 'Folder,Client reference,Organisation,Request,Letter date,Sent on,Reply due')
    assert.deepEqual(csv.slice(1).map((row) => row.split(',').slice(0, 3).join(',')), [
      '"client-042","CLIENT-042","Metropolitan Police Service"',
      '"client-042","CLIENT-042","London Borough of Tower Hamlets"',
      '"client-042","CLIENT-042","Example Academy"',
      '"client-043","CLIENT-043","West Midlands Police"',
      '"client-044","CLIENT-044","London Borough of Tower Hamlets"',
    ])
    assert.match(csv[4] ?? '', /"access","2026-11-23","","2026-12-23"$/, 'the request, the letter date, no sending day, and the reply due')

    const amaraPdf = join(dir, 'amara.pdf')
    writeFileSync(amaraPdf, entries['client-043/letter-01-west-midlands-police.pdf']!)
    checkPdfIsSound(amaraPdf)
    const amara = flat(pdfText(amaraPdf))
    assert.match(amara, /Amara Okafor/)
    assert.match(amara, /Jo Whitfield/, 'the worker’s details came from the profile')
    assert.doesNotMatch(amara, /Kwame|Priya|Mensah|Shah/, 'the letter names its own client only')
    const summaryPdf = join(dir, 'summary.pdf')
    writeFileSync(summaryPdf, entries['summary.pdf']!)
    assert.match(flat(pdfText(summaryPdf)), /CLIENT-044/)

    // Sent: the zip's letters go on each client's own requests, and only theirs.
    await page.getByRole('button', { name: ui('clients.track.button'), exact: true }).click()
    await page.getByText(ui('clients.track.done')).waitFor()
    const card = (name: string) => page.getByRole('listitem').filter({ has: page.getByRole('checkbox', { name, exact: true }) })
    const sent = (body: string) => ui('clients.request', { body, date: '23 November 2026' })
    await card('Amara Okafor').getByText(sent('West Midlands Police'), { exact: true }).waitFor()
    await card('Priya Shah').getByText(sent('London Borough of Tower Hamlets'), { exact: true }).waitFor()
    assert.equal(await card('Kwame Mensah-Boateng').getByText(sent('Metropolitan Police Service'), { exact: true }).count(), 1)
    assert.equal(await card('Amara Okafor').getByText(ui('clients.requestsTitle')).count(), 1)
    assert.doesNotMatch(await card('Amara Okafor').innerText(), /Metropolitan|Tower Hamlets/, 'a client lists only their own letters')
    await shots.take(page, 'tracked')
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})
