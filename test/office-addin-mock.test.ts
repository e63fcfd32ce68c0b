/// <reference types="office-js" />
/**
 * The Office.js adapter driven through an office-addin-mock OfficeMockObject (Microsoft's mock of
 * the Excel object model: scalar properties read as an error string until load() and sync()).
 * The strict fake (office-host.test.ts) covers the adapter in depth; this checks the calls it makes
 * against a context built the way Microsoft's unit-testing guide builds one.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { createOfficeHost, SYNC_BOUNDS, type OfficeEnvironment } from '../src/workbook/office/office-host';
import { SETTINGS_KEY } from '../src/workbook/office/settings-store';

// office-addin-mock takes only the OfficeApp enum from office-addin-manifest, whose full entry
// pulls an ES-module dependency Jest's CommonJS runtime cannot load; give it just that module.
jest.mock('office-addin-manifest', () => jest.requireActual('office-addin-manifest/lib/officeApp'));

interface Calls {
  syncs: number;
  log: string[];
}

/** An environment whose Excel.run hands the batch the mock's context, counting its syncs. */
function environmentOn(mock: any, calls: Calls): OfficeEnvironment {
  const context = mock.context;
  const sync = context.sync.bind(context);
  context.sync = async () => {
    calls.syncs++;
    calls.log.push('sync');
    await sync();
  };
  return {
    run: (batch) => batch(context as Excel.RequestContext),
    settings: { get: () => undefined, set: () => undefined, saveAsync: () => undefined },
    isSetSupported: () => true,
  };
}

/** Excel's workbook with two sheets; activate/getRange/select are logged in call order. */
function selectionMock(calls: Calls): any {
  const sheet = (name: string) => ({
    name,
    activate: () => void calls.log.push(`activate ${name}`),
    getRange: (address: string) => ({ address, select: () => void calls.log.push(`select ${name}!${address}`) }),
  });
  const sheets: Record<string, unknown> = { 進捗: sheet('進捗'), 集計: sheet('集計') };
  return new OfficeMockObject({
    context: {
      workbook: {
        worksheets: {
          getItem: (name: string) => {
            calls.log.push(`getItem ${name}`);
            if (!(name in sheets)) throw Object.assign(new Error(`The requested resource doesn't exist.`), { code: 'ItemNotFound' });
            return sheets[name];
          },
        },
      },
    },
  });
}

/** Workbook settings holding the add-in's record under SETTINGS_KEY; add() calls are kept. */
function settingsMock(record: unknown, added: [string, unknown][]): any {
  const mock: any = new OfficeMockObject({
    context: {
      workbook: {
        settings: {
          item: { value: JSON.stringify(record) },
          getItemOrNullObject(this: any, key: string) {
            expect(key).toBe(SETTINGS_KEY);
            return this.item;
          },
          add: (key: string, value: unknown) => void added.push([key, value]),
        },
      },
    },
  });
  // Office.js sets isNullObject on every *OrNullObject result at sync without a load; the mock
  // would make it a property to load, so it is given as a plain value.
  mock.context.workbook.settings.item.isNullObject = false;
  return mock;
}

const RECORD = {
  version: 1,
  settings: { mappings: { 進捗: { headerRow: 3 } }, ownSheets: ['方針別'] },
  ownSheetIds: {},
  highlights: [],
  fingerprints: {},
};

describe('createOfficeHost on an office-addin-mock context', () => {
  test('selectCell activates the named sheet, then selects the cell on it, in its one sync', async () => {
    const calls: Calls = { syncs: 0, log: [] };
    const host = createOfficeHost({ environment: environmentOn(selectionMock(calls), calls) });

    await host.selectCell({ sheet: '集計', cell: 'H12' });

    expect(calls.log).toEqual(['getItem 集計', 'activate 集計', 'select 集計!H12', 'sync']);
    expect(calls.syncs).toBe(SYNC_BOUNDS.selectCell);
  });

  test('selectCell on a sheet that is not there rejects as sheet-not-found, naming the sheet', async () => {
    const calls: Calls = { syncs: 0, log: [] };
    const host = createOfficeHost({ environment: environmentOn(selectionMock(calls), calls) });

    await expect(host.selectCell({ sheet: '消えた', cell: 'A1' })).rejects.toMatchObject({
      name: 'HostError',
      code: 'sheet-not-found',
      officeCode: 'ItemNotFound',
      en: expect.stringContaining('消えた'),
    });
    expect(calls.log).toEqual(['getItem 消えた']);
  });

  test('loadSettings reads the record through load("value") and sync; without the sync the mock gives no value', async () => {
    const calls: Calls = { syncs: 0, log: [] };
    const mock = settingsMock(RECORD, []);
    const item = mock.context.workbook.settings.item;
    expect(item.value).toBe('Error, property was not loaded'); // what reading before load gives

    expect(await createOfficeHost({ environment: environmentOn(mock, calls) }).loadSettings()).toEqual(RECORD.settings);
    expect(calls.syncs).toBe(SYNC_BOUNDS.loadSettings);

    // The same read on a context whose sync does nothing: the value is the mock's error string,
    // which the store takes for a damaged record (so a read before sync cannot pass unnoticed).
    const unsynced = settingsMock(RECORD, []);
    const environment = environmentOn(unsynced, { syncs: 0, log: [] });
    unsynced.context.sync = async () => undefined;
    expect(await createOfficeHost({ environment }).loadSettings()).toEqual({ mappings: {}, ownSheets: [] });
    expect(unsynced.context.workbook.settings.item.value).toBe('Error, context.sync() was not called');
  });

  test("saveSettings writes the new mappings and keeps the record's own sheets, in two syncs", async () => {
    const calls: Calls = { syncs: 0, log: [] };
    const added: [string, unknown][] = [];
    const host = createOfficeHost({ environment: environmentOn(settingsMock(RECORD, added), calls) });

    await host.saveSettings({ mappings: { 集計: { excluded: true } }, ownSheets: [] });

    expect(added).toHaveLength(1);
    const [key, json] = added[0];
    expect(key).toBe(SETTINGS_KEY);
    expect(JSON.parse(json as string)).toEqual({ ...RECORD, settings: { mappings: { 集計: { excluded: true } }, ownSheets: ['方針別'] } });
    expect(calls.syncs).toBe(SYNC_BOUNDS.saveSettings);
  });
});
