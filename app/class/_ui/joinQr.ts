/**
 * The class join QR code: one set of options, so a test can render the address it expects and
 * compare it with what the host console shows (the qrcode library is deterministic).
 */
import QRCode from "qrcode";

export const JOIN_QR_OPTIONS = { type: "svg", margin: 1, errorCorrectionLevel: "M", color: { dark: "#0b1324", light: "#ffffff" } } as const;

/** The SVG of the QR code that encodes `url`. */
export function joinQrSvg(url: string): Promise<string> {
  return QRCode.toString(url, JOIN_QR_OPTIONS);
}
