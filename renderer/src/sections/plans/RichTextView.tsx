import type { ReactNode } from 'react';
import type { RichText, RichTextNode } from '../../../../shared/api/schema';

/** A progress note shown read-only: paragraphs, headings, lists, bold, italic and links (other nodes show their text). */
export function RichTextView({ doc }: { doc: RichText }) {
  if (doc.content.length === 0) return <p className="plan-note plan-note--empty">No note.</p>;
  return <div className="plan-note">{doc.content.map((node, index) => block(node, index))}</div>;
}

function children(node: RichTextNode, render: (child: RichTextNode, index: number) => ReactNode): ReactNode[] {
  return (node.content ?? []).map(render);
}

function block(node: RichTextNode, key: number): ReactNode {
  switch (node.type) {
    case 'paragraph':
      return <p key={key}>{children(node, inline)}</p>;
    case 'heading':
      // Notes sit deep in the page, so their headings are bold lines rather than headings that would break the outline.
      return <p key={key} className="plan-note__heading">{children(node, inline)}</p>;
    case 'bulletList':
      return <ul key={key}>{children(node, block)}</ul>;
    case 'orderedList':
      return <ol key={key}>{children(node, block)}</ol>;
    case 'listItem':
      return <li key={key}>{children(node, block)}</li>;
    case 'blockquote':
      return <blockquote key={key}>{children(node, block)}</blockquote>;
    case 'table':
      return <table key={key} className="plan-note__table"><tbody>{children(node, block)}</tbody></table>;
    case 'tableRow':
      return <tr key={key}>{children(node, block)}</tr>;
    case 'tableHeader':
    case 'tableCell':
      return <td key={key}>{children(node, block)}</td>;
    default:
      return node.text === undefined ? <div key={key}>{children(node, block)}</div> : inline(node, key);
  }
}

function inline(node: RichTextNode, key: number): ReactNode {
  if (node.type === 'hardBreak') return <br key={key} />;
  if (node.type !== 'text') return <span key={key}>{children(node, inline)}</span>;
  let element: ReactNode = node.text ?? '';
  for (const mark of node.marks ?? []) element = withMark(mark, element);
  return <span key={key}>{element}</span>;
}

function withMark(mark: { type: string; attrs?: Record<string, unknown> }, content: ReactNode): ReactNode {
  switch (mark.type) {
    case 'bold':
      return <strong>{content}</strong>;
    case 'italic':
      return <em>{content}</em>;
    case 'underline':
      return <u>{content}</u>;
    case 'strike':
      return <s>{content}</s>;
    case 'code':
      return <code>{content}</code>;
    case 'link': {
      const href = typeof mark.attrs?.href === 'string' ? mark.attrs.href : '';
      // Only web and mail links are followed; anything else (javascript:, file:) shows as text.
      return /^(https?:|mailto:)/i.test(href) ? <a href={href} target="_blank" rel="noreferrer noopener">{content}</a> : content;
    }
    default:
      return content;
  }
}
