// The demo inspection: an ILACS inspection of Castlemere's children's
// services, invented for the demo, with its graded judgements and the points
// for improvement that the action plan answers.

export const INSPECTION = {
  inspectorate: 'Ofsted',
  framework: 'ILACS',
  localAuthority: 'Castlemere City Council',
  title: 'Castlemere City Council: inspection of children’s social care services',
  inspectionStart: '2025-06-09',
  inspectionEnd: '2025-06-20',
  publicationDate: '2025-08-04',
  leadInspector: 'Catherine Ames, His Majesty’s Inspector',
  overallGrade: 'requires_improvement',
} as const;

export const JUDGEMENTS = [
  { reference: '1', area: 'The impact of leaders on social work practice with children and families', grade: 'requires_improvement' },
  { reference: '2', area: 'The experiences and progress of children who need help and protection', grade: 'requires_improvement' },
  { reference: '3', area: 'The experiences and progress of children in care', grade: 'good' },
  { reference: '4', area: 'The experiences and progress of care leavers', grade: 'requires_improvement' },
  { reference: '5', area: 'Overall effectiveness', grade: 'requires_improvement' },
] as const;

/** "What needs to improve?" — ten points, numbered as the action plan numbers them. */
export const RECOMMENDATIONS = [
  'The timeliness and quality of assessments for children in need, so that plans rest on a full understanding of each child’s circumstances.',
  'The consistency of management oversight and supervision, including a recorded rationale for key decisions about children.',
  'The response to children who go missing from home or care, including the quality of return home interviews and how their findings shape plans.',
  'Partner agencies’ attendance at strategy meetings, particularly health colleagues, when children may be at risk of significant harm.',
  'The sufficiency of local placements, so that more children in care can live close to their families, schools and friends.',
  'The quality and timeliness of pathway plans for care leavers, and how far young people help to write them.',
  'The range of suitable accommodation for care leavers aged 18 to 21, including young people with complex needs.',
  'The stability of the social work workforce, reducing reliance on agency staff and the number of changes of social worker that children experience.',
  'How senior leaders use performance information and audit findings to understand the difference that services make to children.',
  'Access to emotional well-being and mental health support for children in care.',
] as const;

/** Paragraphs of the (invented) report that carry a point for improvement. */
export const EVIDENCE = [
  { recommendationNumber: 1, sourcePage: 4, text: 'Too many assessments for children in need are completed late, and some do not consider the history of the family or the views of fathers. (Recommendation)' },
  { recommendationNumber: 3, sourcePage: 6, text: 'Return home interviews are offered to most children, but their findings are not routinely used to update children’s plans or to understand patterns of exploitation. (Recommendation)' },
  { recommendationNumber: 7, sourcePage: 9, text: 'A small number of care leavers live in unsuitable accommodation, including bed and breakfast, for short periods when placements end suddenly. (Recommendation)' },
] as const;
