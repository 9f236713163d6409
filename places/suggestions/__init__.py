"""Place suggestions from the public: the form, its two views, the draft page and the mails."""
