"""The AI Roadmaps book's own tools.

`ai_roadmaps.case_study` builds and serves the data of Harvest Crate, the running case study
of Parts II and III of the book.
"""
