// A picture in a report body, as a Word import brings it in: a PNG or JPEG
// held as a data URL, with its alternative text and the width the author
// gave it. The editor shows it and keeps it through every edit; it cannot
// make one (pasted pictures are dropped by the paste cleaner, and a remote
// picture could never load under the app's content security policy).
import { mergeAttributes, Node } from '@tiptap/core';

/** Only pictures the pack can print, carried inside the document. */
const PRINTABLE_SOURCE = /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/;

/** The caption beside the picture: the words a screen reader and the pack will give it. */
export function pictureCaption(alt: string): string {
  const words = alt.trim();
  return words === '' ? 'Picture with no description: describe it in Word and import the report again.' : `Picture: ${words}`;
}

export const PictureNode = Node.create({
  name: 'image',
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,

  addAttributes() {
    return {
      src: { default: null },
      alt: { default: '' },
      width: { default: null },
    };
  },

  parseHTML() {
    return [
      {
        tag: 'img[src]',
        getAttrs: (element) => {
          const src = element.getAttribute('src') ?? '';
          if (!PRINTABLE_SOURCE.test(src)) return false;
          const width = Number(element.getAttribute('width'));
          return { src, alt: element.getAttribute('alt') ?? '', width: Number.isFinite(width) && width > 0 ? width : null };
        },
      },
    ];
  },

  renderHTML({ HTMLAttributes }) {
    return ['img', mergeAttributes(HTMLAttributes, { class: 'editor-picture__image' })];
  },

  addNodeView() {
    return ({ node }) => {
      const figure = document.createElement('figure');
      figure.className = 'editor-picture';
      figure.contentEditable = 'false';
      const src = typeof node.attrs.src === 'string' ? node.attrs.src : '';
      const alt = typeof node.attrs.alt === 'string' ? node.attrs.alt : '';
      if (PRINTABLE_SOURCE.test(src)) {
        const image = document.createElement('img');
        image.className = 'editor-picture__image';
        image.src = src;
        image.alt = alt;
        if (typeof node.attrs.width === 'number') image.style.width = `min(${String(node.attrs.width)}px, 100%)`;
        figure.append(image);
      }
      const caption = document.createElement('figcaption');
      caption.className = alt.trim() === '' ? 'editor-picture__caption editor-picture__caption--missing' : 'editor-picture__caption';
      // The picture's own alt text already says this to a screen reader.
      if (alt.trim() !== '') caption.setAttribute('aria-hidden', 'true');
      // textContent, never innerHTML: the words come from an author's file.
      caption.textContent = pictureCaption(alt);
      figure.append(caption);
      return { dom: figure };
    };
  },
});
