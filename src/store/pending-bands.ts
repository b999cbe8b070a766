/**
 * Internal to the SQLite store: the band keys of saved reports that are not in the band index
 * yet, for look-ups. An open-addressing hash table of (key, report) pairs in typed arrays: no
 * object per entry, cleared by zeroing, so holding a batch's 65,000 keys costs no garbage.
 */
export class PendingBands {
  private keys: Float64Array;
  /** Per slot: 1 + the report's index in `ids`, or 0 for an empty slot. */
  private owners: Int32Array;
  private ids: string[] = [];
  private entries = 0;

  constructor(capacity = 1 << 12) {
    this.keys = new Float64Array(capacity);
    this.owners = new Int32Array(capacity);
  }

  get size(): number {
    return this.ids.length;
  }

  /** Notes a report's band keys (each once). */
  add(docId: string, bands: number[]): void {
    if ((this.entries + bands.length) * 2 > this.keys.length) this.grow(this.entries + bands.length);
    const owner = this.ids.push(docId);
    for (const b of bands) this.put(b, owner);
    this.entries += bands.length;
  }

  /** Adds to `out` every pending report holding one of these keys. */
  find(bands: number[], out: Set<string>): void {
    if (!this.entries) return;
    const mask = this.keys.length - 1;
    for (const b of bands) {
      for (let i = slot(b, mask); this.owners[i] !== 0; i = (i + 1) & mask) {
        if (this.keys[i] === b) out.add(this.ids[this.owners[i] - 1]);
      }
    }
  }

  clear(): void {
    if (!this.entries && !this.ids.length) return;
    this.owners.fill(0);
    this.ids = [];
    this.entries = 0;
  }

  private put(key: number, owner: number): void {
    const mask = this.keys.length - 1;
    let i = slot(key, mask);
    while (this.owners[i] !== 0) i = (i + 1) & mask;
    this.keys[i] = key;
    this.owners[i] = owner;
  }

  private grow(needed: number): void {
    const { keys, owners } = this;
    let capacity = keys.length;
    while (needed * 2 > capacity) capacity *= 2;
    this.keys = new Float64Array(capacity);
    this.owners = new Int32Array(capacity);
    for (let i = 0; i < keys.length; i++) if (owners[i] !== 0) this.put(keys[i], owners[i]);
  }
}

/** The home slot of a key: its low and high 32 bits mixed (keys are safe integers, mostly small). */
function slot(key: number, mask: number): number {
  const h = Math.imul((key | 0) ^ Math.floor(key / 4294967296), 0x9e3779b1);
  return (h ^ (h >>> 15)) & mask;
}
