// The renderers load on first use. pdfkit, docx, pdf-lib and fontkit take
// about 0.35 s and 90 MB to load, and most runs never render: the CLI's other
// commands, a browser host that only lists meetings, the desktop app until
// the first pack is built. Types are imported statically; code is not.

/** pdfkit (tagged PDF), docx (Word) and the pdf-lib pack assembly, loaded once. */
export async function loadRenderers() {
  const [pdf, docx, pack] = await Promise.all([import('./pdf'), import('./docx'), import('./pack/assemble-pdf')]);
  return { renderPdf: pdf.renderPdf, renderDocx: docx.renderDocx, assemblePdfPack: pack.assemblePdfPack, pdfPageCount: pack.pdfPageCount };
}
