/**
 * Reads a QR code the way a phone's camera would: the page draws the shown SVG onto a canvas (with
 * a white quiet zone round it), and jsQR decodes the pixels. Nothing here knows what it should say.
 */
import jsQR from "jsqr";
import type { Locator } from "@playwright/test";

/** The text the QR code in `svg` (an <svg> element) encodes, or null if it cannot be read. */
export async function decodeQr(svg: Locator): Promise<string | null> {
  const size = 480;
  const pixels = await svg.evaluate(async (element, size) => {
    const xml = new XMLSerializer().serializeToString(element);
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(xml)}`;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = canvas.height = size;
    const context = canvas.getContext("2d")!;
    context.fillStyle = "#ffffff";
    context.fillRect(0, 0, size, size);
    const margin = size / 8;
    context.drawImage(image, margin, margin, size - 2 * margin, size - 2 * margin);
    return Array.from(context.getImageData(0, 0, size, size).data);
  }, size);
  return jsQR(Uint8ClampedArray.from(pixels), size, size)?.data ?? null;
}
