public enum NKReaderPlaceholder {}
