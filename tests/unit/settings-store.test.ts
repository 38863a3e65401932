import { afterEach, describe, expect, it } from 'vitest';
import { liveSettings } from '../../lib/settings/live';
import { readSettings, watchSettings } from '../../lib/settings/load';
import { engineOptions } from '../../lib/settings/engine-options';
import { createSettingsStore, lockedIn, type SettingsStore } from '../../lib/settings/store';
import { loadTicks, MAX_DRAFTS, draftKey, saveTicks, TICKS_KEY, TICKS_TTL, pruneTicks } from '../../lib/settings/checklist-ticks';
import { createFakeStorage, tick } from './settings-fake-storage';

const FAST = { debounceMs: 5, retries: 1, retryDelayMs: 1 };
const stores: SettingsStore[] = [];
function open(storage = createFakeStorage(), options = FAST) {
  const store = createSettingsStore(storage, options);
  stores.push(store);
  return { storage, store };
}
afterEach(async () => {
  for (const s of stores.splice(0)) await s.dispose();
});

describe('settings store', () => {
  it('loads defaults from empty storage', async () => {
    const { store } = open();
    await store.load();
    const s = store.getState();
    expect(s.ready).toBe(true);
    expect(s.settings.profile.agencyName).toBe('');
    expect(s.save.state).toBe('idle');
    expect(s.problems).toEqual([]);
  });

  it('writes small sections to sync and the rule pack and words to local, debounced', async () => {
    const { storage, store } = open();
    await store.load();
    const { update } = store.getState();
    update('profile', (p) => ({ ...p, agencyName: 'D' }));
    update('profile', (p) => ({ ...p, agencyName: 'Diskominfo' }));
    update('customWords', [{ id: 'w1', word: 'oknum', category: 'custom', severity: 'warning', message: '', suggestion: '' }]);
    expect(store.getState().save.state).toBe('pending');
    expect(storage.sync.writes).toBe(0);
    await tick(20);
    expect(store.getState().save.state).toBe('saved');
    // Two edits of the profile, one write.
    expect(storage.sync.writes).toBe(1);
    expect((storage.sync.data.get('settings.profile') as { agencyName: string }).agencyName).toBe('Diskominfo');
    expect(storage.local.data.get('settings.customWords')).toEqual([
      { id: 'w1', word: 'oknum', category: 'custom', severity: 'warning', message: '', suggestion: '' },
    ]);
    expect(storage.sync.data.has('settings.customWords')).toBe(false);
  });

  it('survives a restart: a new store on the same storage reads what was saved', async () => {
    const { storage, store } = open();
    await store.load();
    store.getState().update('profile', (p) => ({ ...p, agencyName: 'Diskominfo Trenggalek', hashtags: ['KabarTrenggalek'] }));
    store.getState().update('locale', 'en');
    expect(await store.flush()).toBe(true);
    const { store: again } = open(storage);
    await again.load();
    expect(again.getState().settings.profile.agencyName).toBe('Diskominfo Trenggalek');
    expect(again.getState().settings.profile.hashtags).toEqual(['KabarTrenggalek']);
    expect(again.getState().settings.locale).toBe('en');
  });

  it('retries a failed write and succeeds without the admin noticing', async () => {
    const { storage, store } = open();
    await store.load();
    storage.sync.failWrites = 1;
    store.getState().update('retentionDays', 30);
    expect(await store.flush()).toBe(true);
    expect(storage.sync.data.get('settings.retentionDays')).toBe(30);
    expect(store.getState().save.state).toBe('saved');
  });

  it('keeps the value, backs it up and shows the error when the storage keeps refusing; retry writes it', async () => {
    const { storage, store } = open();
    await store.load();
    storage.sync.failWrites = Infinity;
    store.getState().update('profile', (p) => ({ ...p, signOff: 'Salam hangat, Diskominfo' }));
    expect(await store.flush()).toBe(false);
    const s = store.getState();
    expect(s.settings.profile.signOff).toBe('Salam hangat, Diskominfo');
    expect(s.save).toEqual({ state: 'error', error: 'QUOTA_BYTES_PER_ITEM quota exceeded', failed: ['profile'], backedUp: true });
    expect((storage.local.data.get('settings.unsaved.profile') as { signOff: string }).signOff).toBe('Salam hangat, Diskominfo');

    // The page is closed and opened again (a restart): the backup wins over the older stored value.
    const { store: reopened } = open(storage, { ...FAST, debounceMs: 10_000 });
    await reopened.load();
    expect(reopened.getState().settings.profile.signOff).toBe('Salam hangat, Diskominfo');
    expect(reopened.getState().save.state).toBe('pending');

    storage.sync.failWrites = 0;
    expect(await store.flush()).toBe(true);
    expect((storage.sync.data.get('settings.profile') as { signOff: string }).signOff).toBe('Salam hangat, Diskominfo');
    expect(storage.local.data.has('settings.unsaved.profile')).toBe(false);
    expect(store.getState().save.state).toBe('saved');
  });

  it('still keeps the value on the page when no storage at all accepts it', async () => {
    const { storage, store } = open();
    await store.load();
    storage.sync.failWrites = Infinity;
    storage.local.failWrites = Infinity;
    store.getState().update('locale', 'en');
    expect(await store.flush()).toBe(false);
    expect(store.getState().settings.locale).toBe('en');
    expect(store.getState().save).toMatchObject({ state: 'error', backedUp: false, failed: ['locale'] });
    // The next edit writes both once the storage is back.
    storage.sync.failWrites = 0;
    storage.local.failWrites = 0;
    store.getState().update('retentionDays', 90);
    await tick(20);
    expect(storage.sync.data.get('settings.locale')).toBe('en');
    expect(storage.sync.data.get('settings.retentionDays')).toBe(90);
    expect(store.getState().save.state).toBe('saved');
  });

  it('does not let a write echo or another page clobber an edit not yet written', async () => {
    const { storage, store } = open(createFakeStorage(), { ...FAST, debounceMs: 50 });
    await store.load();
    store.getState().update('profile', (p) => ({ ...p, region: 'Kabupaten Trenggalek' }));
    // Another page writes another section meanwhile.
    await storage.sync.set({ 'settings.retentionDays': 400 });
    await tick(10);
    expect(store.getState().settings.retentionDays).toBe(400);
    expect(store.getState().settings.profile.region).toBe('Kabupaten Trenggalek');
    await tick(80);
    expect((storage.sync.data.get('settings.profile') as { region: string }).region).toBe('Kabupaten Trenggalek');
  });

  it('merges policy values on top, marks them locked and follows a policy update', async () => {
    const storage = createFakeStorage();
    storage.managed.data.set('profile', { hashtags: ['KabarTrenggalek'], agencyName: 'Diskominfo Trenggalek' });
    storage.managed.data.set('rulePack', { rules: [{ id: 'tg/x', category: 'custom', severity: 'info', ref: 'custom-rules', message: 'm', terms: ['x'] }] });
    storage.sync.data.set('settings.profile', { agencyName: 'Punya saya', region: 'Trenggalek', hashtags: ['Saya'] });
    const { store } = open(storage);
    await store.load();
    const s = store.getState();
    expect(s.settings.profile).toMatchObject({ agencyName: 'Diskominfo Trenggalek', region: 'Trenggalek', hashtags: ['KabarTrenggalek'] });
    expect(s.user.profile.agencyName).toBe('Punya saya');
    expect(lockedIn(s, 'profile.agencyName')).toBe(true);
    expect(lockedIn(s, 'profile.region')).toBe(false);
    expect(lockedIn(s, 'rulePack')).toBe(true);
    // A section the policy locks as a whole is not written.
    expect(s.update('rulePack', null)).toBe(false);
    expect(store.getState().settings.rulePack?.rules).toHaveLength(1);

    await storage.setPolicy({ locale: 'en' });
    await tick(10);
    const after = store.getState();
    expect(after.settings.profile.agencyName).toBe('Punya saya');
    expect(after.settings.locale).toBe('en');
    expect([...after.locked]).toEqual(['locale']);
  });

  it('reports bad stored values and uses defaults for them only', async () => {
    const storage = createFakeStorage();
    storage.sync.data.set('settings.retentionDays', 'lama');
    storage.sync.data.set('settings.locale', 'en');
    storage.local.data.set('settings.rulePack', { rules: 'none' });
    const loaded = await readSettings(storage);
    expect(loaded.settings.retentionDays).toBe(365);
    expect(loaded.settings.locale).toBe('en');
    expect(loaded.settings.rulePack).toBeNull();
    expect(loaded.problems).toEqual(['rulePack: no "rules" list', 'retentionDays: must be a number of days (7–3650)']);
  });

  it('reads defaults (and says why) when the storage cannot be read', async () => {
    const storage = createFakeStorage();
    storage.sync.failReads = 1;
    const loaded = await readSettings(storage);
    expect(loaded.settings.retentionDays).toBe(365);
    expect(loaded.problems).toEqual(['storage.sync: sync read failed']);
  });

  it('lets the content script watch settings without the store', async () => {
    const storage = createFakeStorage();
    const seen: string[] = [];
    const stop = watchSettings(storage, (l) => seen.push(l.settings.locale));
    await storage.sync.set({ 'settings.locale': 'en' });
    await storage.local.set({ unrelated: 1 });
    await tick(10);
    stop();
    await storage.sync.set({ 'settings.locale': 'id' });
    await tick(10);
    expect(seen).toEqual(['en']);
  });
});

describe('live settings for the content script and the background', () => {
  it('gives defaults at once, the stored settings when ready, and follows changes', async () => {
    const storage = createFakeStorage();
    storage.sync.data.set('settings.categories', { spelling: false });
    storage.local.data.set('settings.customWords', [{ id: 'w1', word: 'oknum', severity: 'error' }]);
    const live = liveSettings(storage);
    expect(live.current().categories).toEqual({});
    const first = await live.ready;
    expect(first.categories).toEqual({ spelling: false });
    const options = engineOptions(live.current(), { platform: 'instagram' });
    expect(options.rulePack?.rules.map((r) => r.id)).toEqual(['custom-word/w1']);
    // The same pack object while the words do not change: the engine compiles it once.
    expect(engineOptions(live.current()).rulePack).toBe(options.rulePack);

    const seen: number[] = [];
    live.onChange((s) => seen.push(s.retentionDays));
    await storage.sync.set({ 'settings.retentionDays': 30 });
    await tick(10);
    expect(live.current().retentionDays).toBe(30);
    expect(seen).toEqual([30]);
    live.stop();
  });
});

describe('checklist hand ticks', () => {
  it('keys a draft by page, keeps ticks per draft and prunes old drafts', async () => {
    const storage = createFakeStorage();
    expect(draftKey('https://www.facebook.com/groups/1?ref=x#top')).toBe('https://www.facebook.com/groups/1');
    expect(draftKey('chrome://extensions')).toBeNull();
    const a = draftKey('https://x.com/compose/post')!;
    await saveTicks(storage.local, a, { 'source-verified': true, 'photo-caption': false }, 1000);
    expect(await loadTicks(storage.local, a)).toEqual({ 'source-verified': true });
    expect(await loadTicks(storage.local, 'https://other.example/')).toEqual({});
    await saveTicks(storage.local, a, {}, 2000);
    expect(storage.local.data.get(TICKS_KEY)).toEqual({});

    const map = Object.fromEntries(
      Array.from({ length: MAX_DRAFTS + 5 }, (_, i) => [`https://s/${i}`, { ticks: { x: true }, at: 10_000 + i }]),
    );
    map['https://old/'] = { ticks: { x: true }, at: 0 };
    const pruned = pruneTicks(map, TICKS_TTL + 5);
    expect(Object.keys(pruned)).toHaveLength(MAX_DRAFTS);
    expect(pruned['https://old/']).toBeUndefined();
    expect(pruned[`https://s/${MAX_DRAFTS + 4}`]).toBeDefined();
    expect(pruned['https://s/0']).toBeUndefined();
  });

  it('throws a failed save to the caller (the popup shows it and keeps the tick)', async () => {
    const storage = createFakeStorage();
    storage.local.failWrites = 1;
    await expect(saveTicks(storage.local, 'https://x.com/home', { approval: true })).rejects.toThrow('QUOTA_BYTES_PER_ITEM');
  });
});
