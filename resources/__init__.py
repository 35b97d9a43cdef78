"""Files the workbench ships: standards, checklists, document templates, translations and icons.

A package only so that a wheel or a bundle carries them as package data; code reads them through
`workbench.common.resources`, never by walking up from a module's `__file__`.
"""
