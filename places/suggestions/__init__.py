"""Place suggestions from the public: the model, the form, its two views, the draft page,
the mails, and the signal that hands the draft to the review."""
