/** GS1 check digit test for GTIN-8/12/13/14 (gs1.org "How to calculate a check digit manually"). */
export function isValidGtin(value: string): boolean {
  if (!/^\d{8}$|^\d{12,14}$/.test(value)) return false;
  if (/^0+$/.test(value)) return false;
  let sum = 0;
  const digits = value.length;
  for (let i = 0; i < digits - 1; i++) {
    const d = value.charCodeAt(i) - 48;
    // Weights alternate 3,1 from the digit next to the check digit leftwards.
    sum += (digits - 1 - i) % 2 === 1 ? d * 3 : d;
  }
  const check = (10 - (sum % 10)) % 10;
  return check === value.charCodeAt(digits - 1) - 48;
}
