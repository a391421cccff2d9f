"""Report documents and their renderers (HTML, Word, PDF). No models and no database access here:
the inspections app drafts a `Document` from its data and hands it to these functions."""
