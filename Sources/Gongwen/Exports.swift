@_exported import GongwenTemplate
