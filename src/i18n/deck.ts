/** UI text of lecture decks (src/deck, the #/deck screen), merged by messages.ts. */
export const deckEn = {
  deckNav: 'Decks',
  deckAddSlide: 'Add slide',
  deckAddSlideTitle: 'Add what is on screen now as a slide of your deck',
  deckAdded: 'Added slide {k} to “{deck}”.',
  deckTitle: 'Lecture decks',
  deckIntro:
    'Each slide is a live state of the app: a section, its settings and its points. Collect them with “Add slide” in the header, then present them with ← and →.',
  deckChoose: 'Deck',
  deckName: 'Deck title',
  deckUntitled: 'My lecture',
  deckNew: 'New deck',
  deckDeleteDeck: 'Delete deck',
  deckEmpty: 'No slides yet. Open any section, set it up, and press “Add slide” in the header.',
  deckSlideTitle: 'Slide title',
  deckSlideNotes: 'Speaker notes',
  deckSlideAddress: 'Address',
  deckOpenSlide: 'Open',
  deckMoveUp: 'Move up',
  deckMoveDown: 'Move down',
  deckDelete: 'Delete slide',
  deckDeleted: 'Deleted “{title}”.',
  deckUndo: 'Undo',
  deckPresent: 'Present deck',
  deckPresentFrom: 'Present from here',
  deckCopyLink: 'Copy deck link',
  deckLinkCopied: 'Deck link copied.',
  deckLinkLabel: 'Link to this deck',
  deckLinkHint: 'Whoever opens it sees the deck read-only and can make their own copy.',
  deckLinkLong:
    'This deck’s link is long ({n} characters): chat tools and e-mail may cut it. Share the .json file instead.',
  deckSaveFile: 'Save as file (.json)',
  deckOpenFile: 'Open a deck file…',
  deckSample: 'Sample deck: hyperparameter search',
  deckHandout: 'Handout',
  deckPrint: 'Print or save as PDF',
  deckHandoutClose: 'Back to the deck',
  deckNoThumb: 'No picture was taken for this slide; its address:',
  deckReadOnly:
    'You are viewing a shared deck (read-only). Present it as it is, or make your own copy to edit it.',
  deckMakeCopy: 'Make my own copy',
  deckCopied: 'Copied into your decks as “{deck}”.',
  deckSlideOf: 'Slide {k} / {n}',
  deckPrev: 'Previous slide (←)',
  deckNext: 'Next slide (→)',
  deckExit: 'Leave the deck (Esc)',
  deckNotesShow: 'Speaker notes',
  deckNotesShort: 'Notes',
  deckBarLabel: 'Deck',
  deckFirstSlide: 'This is the first slide.',
  deckLastSlide: 'This is the last slide.',
  // Refusals: what is wrong and what to do.
  deckBadJson:
    'This deck is not readable JSON ({detail}). Check that the file or link is complete.',
  deckBadFormat:
    'This is not a BO Playground deck ({detail}). Open a deck saved with “Save as file”.',
  deckBadVersion:
    'This deck has version {version}; this app reads version {supported}. Open it in a newer copy of the app.',
  deckBadHref:
    'Slide {k} points outside this app ({href}); only this app’s own addresses are allowed. Remove that slide or fix the file.',
  deckBadLink:
    'The deck link is damaged (not base64url). Ask for the link again, or use the .json file.',
  deckTooLarge: 'This deck is too large ({n} slides; at most {max}).',
  deckStoreCorrupt:
    'Your saved decks could not be read ({detail}). A copy was kept in this browser under “{key}”; you start with an empty list.',
  deckStoreFull: 'This browser refused to save the decks (storage full?): {detail}',
};
