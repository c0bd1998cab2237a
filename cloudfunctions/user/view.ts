// What a household sees of its own customer file: never the ciphertexts, never internal scores.
export function customerView(c: any) {
  return {
    id: c._id,
    name: c.name ?? '',
    phoneMasked: c.phoneMasked ?? '',
    addresses: c.addresses ?? [],
    family: c.family ?? { elderly: false, children: false, pets: false, notes: '' },
    preferences: c.preferences ?? '',
    orderCount: c.orderCount ?? 0,
    points: c.points ?? 0,
    tier: c.tier ?? 'regular'
  }
}
