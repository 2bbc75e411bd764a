/**
 * A patient leaflet's band of side effects by how often they happen: "Common (may affect up to 1 in 10 people):",
 * "Rare:", "Very common (more than 1 in 10 people)". The convention of the MHRA and EMA for patient leaflets
 * (the QRD template's frequency groups). A label for the list under it, not a claim of its own.
 */
const BAND_NAME = /^[\s*_]*(?:very common|common|uncommon|rare|very rare|frequency not known|not known)(?:\s+side[ -]effects)?\s*(?:\([^()]{1,60}\))?[\s*_]*:[\s*_]*$/i;
const BAND_RATE = /\bmay affect (?:up to |more than |fewer than |less than )?(?:\d+|one) in [\d,]+ (?:people|patients)\b[^:]{0,20}:[\s*_]*$/i;

export function isFrequencyBand(text: string): boolean {
  return BAND_NAME.test(text) || BAND_RATE.test(text);
}
