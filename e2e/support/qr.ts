/**
 * Reads a QR code the way a phone's camera would: the shown SVG is drawn onto a canvas (with a
 * white quiet zone round it), and jsQR decodes the pixels. Nothing here knows what it should say.
 * The drawing happens in a blank page of the same browser: the app's CSP rightly refuses the data:
 * image it takes (the app itself shows the SVG inline and loads no data: images).
 */
import jsQR from "jsqr";
import type { Locator } from "@playwright/test";

/** The text the QR code in `svg` (an <svg> element) encodes, or null if it cannot be read. */
export async function decodeQr(svg: Locator): Promise<string | null> {
  const size = 480;
  const xml = await svg.evaluate((element) => new XMLSerializer().serializeToString(element));
  const blank = await svg.page().context().newPage();
  try {
    const pixels = await blank.evaluate(
      async ({ xml, size }) => {
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
      },
      { xml, size },
    );
    return jsQR(Uint8ClampedArray.from(pixels), size, size)?.data ?? null;
  } finally {
    await blank.close();
  }
}
